text = "a=1;b=2;c=3"
settings = dict(pair.split("=") for pair in text.split(";"))
print(settings)
print(dict((k, int(v)) for k, v in settings.items()))
