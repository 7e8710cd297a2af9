// Placeholder entry point until the command line lands.
print("sgreport")
