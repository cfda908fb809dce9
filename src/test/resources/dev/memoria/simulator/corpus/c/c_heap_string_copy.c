#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *copy(const char *s) {
    char *p = malloc(strlen(s) + 1);
    strcpy(p, s);
    return p;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *a = copy("hola");
    printf("%s has %zu chars\n", a, strlen(a));
    free(a);
    return 0;
}
