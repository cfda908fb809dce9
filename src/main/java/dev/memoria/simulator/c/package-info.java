/**
 * The C17 subset: lexer, parser and an interpreter over a byte-addressed LP64 memory that faults as
 * AddressSanitizer does and counts leaks as LeakSanitizer does.
 */
package dev.memoria.simulator.c;
