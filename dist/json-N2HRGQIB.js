import {
  formatJson,
  indented,
  jsonChunks,
  publicFinding
} from "./chunk-GDTNTFSW.js";
export {
  formatJson,
  indented,
  jsonChunks,
  publicFinding
};
