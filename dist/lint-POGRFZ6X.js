import {
  lint
} from "./chunk-VE3H7VZC.js";
import "./chunk-JISISX7C.js";
import "./chunk-FIEHWOUR.js";
import "./chunk-65EAIF3L.js";
import "./chunk-ANPQ5VGZ.js";
import "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-M5EIEP3C.js";
import "./chunk-BVOGN6RT.js";
import "./chunk-U473RH57.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
