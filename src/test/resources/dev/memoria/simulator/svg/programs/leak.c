#include <stdlib.h>
#include <string.h>

int main(void) {
    char *a = malloc(16);  // @show
    strcpy(a, "<b>&'x'\"");
    a = NULL;              // @show @expect(leak=16)
    return 0;
}
