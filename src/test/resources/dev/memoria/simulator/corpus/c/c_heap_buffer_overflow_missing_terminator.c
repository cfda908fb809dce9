#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *word = malloc(4);
    memcpy(word, "four", 4); // no room left for the terminating zero
    printf("copied\n");
    printf("%zu\n", strlen(word)); // strlen reads past the block looking for the zero
    free(word);
    return 0;
}
