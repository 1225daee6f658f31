import {
  RULES,
  rulesByIds
} from "./chunk-4GF3XKVS.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-SDJTNLPZ.js";
import "./chunk-O7J3NPBX.js";
export {
  RULES,
  rulesByIds
};
