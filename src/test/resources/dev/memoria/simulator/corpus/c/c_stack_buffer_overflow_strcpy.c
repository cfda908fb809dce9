#include <stdio.h>
#include <string.h>

void greet(const char *name) {
    char buf[8];
    strcpy(buf, "hi ");
    strcpy(buf + 3, name); // "hi " + 6 chars + zero = 10 bytes into 8
    printf("%s\n", buf);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    greet("bob");
    greet("robert");
    return 0;
}
