#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *buf = realloc(NULL, 4); // like malloc(4)
    strcpy(buf, "abc");
    buf = realloc(buf, 8); // contents are kept
    strcpy(buf + 3, "defg");
    printf("%s %zu\n", buf, strlen(buf));
    free(buf);
    return 0;
}
