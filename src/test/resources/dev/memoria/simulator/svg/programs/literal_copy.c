#include <stdlib.h>
#include <string.h>

char *copy(const char *s) {
    char *p = malloc(strlen(s) + 1);   // @show
    strcpy(p, s);
    return p;
}

int main(void) {
    char *a = copy("hola");            // @show
    free(a);                           // @show
    return 0;
}
