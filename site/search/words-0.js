(window.memoriaSearchData||function(){})("words-0",'{"como":[["como"],["como"]],"mas":[[],[]]}');
