// kehoach schema: the JSON Schema of plan files, for editors (yaml-language-server).
import { planJsonSchema } from "../validate/schema-info.js";
import { EXIT } from "./exit.js";

export const SCHEMA_ID = "https://kehoach.local/schemas/plan.schema.json";

export function schemaText(): string {
  const schema = { ...planJsonSchema(), $id: SCHEMA_ID, title: "Kế hoạch (kehoach)" };
  return JSON.stringify(schema, null, 2) + "\n";
}

export function schemaCommand(): number {
  process.stdout.write(schemaText());
  return EXIT.ok;
}
