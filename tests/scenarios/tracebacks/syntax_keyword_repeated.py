def show(**options):
    print(options)

show(color="red", size=3, color="blue")
