class AppError(Exception):
    """Base class for this app."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

try:
    raise ValidationError("email", "must contain @")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.field, "|", e.args)
print(issubclass(ValidationError, Exception), ValidationError.__doc__, AppError.__doc__)
