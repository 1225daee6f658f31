import {
  RULES,
  rulesByIds
} from "./chunk-UTFVVD5Z.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-O7J3NPBX.js";
export {
  RULES,
  rulesByIds
};
