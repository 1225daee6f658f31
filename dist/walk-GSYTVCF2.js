import {
  discover,
  isLintable
} from "./chunk-M5EIEP3C.js";
import "./chunk-BVOGN6RT.js";
export {
  discover,
  isLintable
};
