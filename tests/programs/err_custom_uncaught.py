# Ends with an uncaught custom exception
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class SchemaError(ValidationError):
    pass
def validate(record):
    if "id" not in record:
        raise SchemaError("id", "missing")
    if not isinstance(record["id"], int):
        raise ValidationError("id", "must be an int")
    if record.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return True
records = [{"id": 1, "age": 3}, {"age": 1}, {"id": "x"}, {"id": 2, "age": -1}]
for r in records:
    try:
        print(r, validate(r))
    except SchemaError as e:
        print("schema problem:", e, e.field)
    except ValidationError as e:
        print("validation problem:", e)
print("validating strictly")
for r in records:
    validate(r)
    print("ok", r)
print("never printed")
