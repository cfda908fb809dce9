#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *buf = malloc(16);
    char *cursor = buf + 4;
    cursor[0] = 'x';
    free(cursor); // not the start of the block
    return 0;
}
