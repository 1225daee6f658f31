import {
  lint
} from "./chunk-CMZEJP4I.js";
import "./chunk-BBFUGXM7.js";
import "./chunk-SKD6NYFU.js";
import "./chunk-65EAIF3L.js";
import "./chunk-3AXRINGU.js";
import "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-M5EIEP3C.js";
import "./chunk-BVOGN6RT.js";
import "./chunk-QNNHSMUB.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
