# TEC web image: gunicorn serving Django, static files through whitenoise.
FROM node:20-slim AS assets
WORKDIR /build
COPY package.json ./
RUN npm install --no-audit --no-fund --silent

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=tec.settings \
    TEC_DESCRIPTORS_DIR=/app/descriptors
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
COPY --from=assets /build/node_modules/bootstrap/dist/css/bootstrap.min.css /build/node_modules/bootstrap/dist/css/bootstrap.min.css.map static/vendor/bootstrap/css/
COPY --from=assets /build/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js /build/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map static/vendor/bootstrap/js/
# The descriptors/ submodule must be checked out in the build context (git submodule update --init).
RUN test -f descriptors/schemas/1.2/system_context_schema.json \
    && python manage.py collectstatic --noinput \
    && useradd --system --home /app tec && chown -R tec /app
USER tec
EXPOSE 3000
CMD ["gunicorn", "tec.wsgi:application", "--bind", "0.0.0.0:3000", "--workers", "3", "--access-logfile", "-"]
