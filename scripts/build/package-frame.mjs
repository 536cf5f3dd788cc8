// Build step (npm run build, after tsc): save the constant .docx parts as package-frame.json beside
// the compiled package-frame.js, so that rendering never loads the docx library.
import { writeFileSync } from "node:fs";
import { computePackageFrame, frameToJson } from "../../dist/write/docx/package-frame.js";

writeFileSync(new URL("../../dist/write/docx/package-frame.json", import.meta.url), frameToJson(await computePackageFrame()) + "\n");
