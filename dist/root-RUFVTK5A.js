import {
  repositoryRoot
} from "./chunk-UMCPZM5Q.js";
export {
  repositoryRoot
};
