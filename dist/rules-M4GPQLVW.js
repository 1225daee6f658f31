import {
  RULES,
  rulesByIds
} from "./chunk-ACVJP7FF.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-SDJTNLPZ.js";
import "./chunk-D4B5EWJ4.js";
export {
  RULES,
  rulesByIds
};
