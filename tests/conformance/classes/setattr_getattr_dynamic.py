class Config:
    pass

cfg = Config()
for key, value in [("debug", True), ("level", 3), ("name", "app")]:
    setattr(cfg, key, value)
print(cfg.debug, cfg.level, cfg.name)
print(sorted(cfg.__dict__.items()))
print(getattr(cfg, "missing", None))
delattr(cfg, "level")
print(hasattr(cfg, "level"))
