rate = 3percent
