#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *copia(const char *s) {
    char *p = malloc(strlen(s) + 1);   // @show @expect(leak=5): 5 bytes en el heap; dueño de facto: p
    strcpy(p, s);
    return p;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *a = copia("hola");           // @show: a apunta al bloque
    a = NULL;                          // @show: nadie apunta al bloque: fuga
    return 0;
}
