#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *p = NULL;
    free(p); // free(NULL) does nothing: not a fault
    p = malloc(4);
    free(p);
    p = NULL;
    free(p);
    puts("no fault");
    return 0;
}
