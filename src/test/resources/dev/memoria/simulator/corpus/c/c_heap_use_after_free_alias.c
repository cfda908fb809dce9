#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *name = malloc(6);
    strcpy(name, "alice");
    char *alias = name; // two pointers, one block
    free(name);
    name = NULL;
    printf("%c\n", alias[0]);
    return 0;
}
