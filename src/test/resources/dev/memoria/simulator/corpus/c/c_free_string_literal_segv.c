#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *s = (char *)"literal";
    puts(s);
    free(s); // ASan writes into the chunk header it expects before s: SEGV, not bad-free
    return 0;
}
