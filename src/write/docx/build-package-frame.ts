// Build step (npm run build): save the constant .docx parts beside package-frame.js.
import { writeFileSync } from "node:fs";
import { computePackageFrame, frameToJson } from "./package-frame.js";

writeFileSync(new URL("./package-frame.json", import.meta.url), frameToJson(await computePackageFrame()) + "\n");
