#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int id;
    double score;
} Player;

void retire(Player *p) {
    free(p);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Player *p = malloc(sizeof(Player));
    p->id = 1;
    p->score = 9.5;
    printf("player %d\n", p->id);
    retire(p);
    p->score = 0.0;
    printf("not reached\n");
    return 0;
}
