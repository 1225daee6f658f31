import {
  escapeControl
} from "./chunk-DB36CBFI.js";
export {
  escapeControl
};
