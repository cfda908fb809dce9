#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *line = NULL;
    for (int i = 0; i < 3; i++) {
        line = malloc(10); // the previous block is lost each time round
        line[0] = (char)('a' + i);
        printf("%c\n", line[0]);
    }
    free(line); // only the last one is freed: 2 leaks of 10 bytes
    return 0;
}
