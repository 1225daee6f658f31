import {
  RULES
} from "./chunk-4ZS3GV3F.js";
import "./chunk-XJ4INLGQ.js";
export {
  RULES
};
