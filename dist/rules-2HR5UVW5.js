import {
  RULES,
  rulesByIds
} from "./chunk-BAT53Z4P.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-SDJTNLPZ.js";
import "./chunk-O7J3NPBX.js";
export {
  RULES,
  rulesByIds
};
