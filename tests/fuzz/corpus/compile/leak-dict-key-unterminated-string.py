settings = {"size": "never closed
}
