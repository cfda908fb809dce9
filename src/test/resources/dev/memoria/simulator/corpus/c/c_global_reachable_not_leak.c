#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *cache = NULL;

void remember(const char *s) {
    cache = malloc(strlen(s) + 1);
    strcpy(cache, s);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    remember("still reachable");
    printf("%s\n", cache);
    return 0; // never freed, but a global points at it: LeakSanitizer does not report it
}
