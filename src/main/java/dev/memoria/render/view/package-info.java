/**
 * The records Mustache templates see: plain strings, booleans and lists, already escaped-ready and
 * localised. Building them is the renderer's job; templates hold no logic beyond sections.
 */
package dev.memoria.render.view;
