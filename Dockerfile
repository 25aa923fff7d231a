# Communs numériques : image autonome du site, servie par nginx avec la configuration du kit
# (deploy/nginx). Construire : docker build -t communs-numeriques --build-arg SITE_URL=https://votre.domaine .
# Sous un chemin : --build-arg BASE_URL=/communs/. Lancer : docker run -p 8080:8080 communs-numeriques
# Les dates de mise à jour viennent de l'historique git : construire depuis un clone complet.

# 1. Construction : Debian 13 (Node.js 20.19, Chromium pour le PDF du guide).
FROM debian:trixie-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates git nodejs npm chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# L'adresse publique du site (schéma et hôte) : les liens canoniques, les cartes et le flux en dépendent.
ARG SITE_URL
ARG BASE_URL=/
# Ce que la loi exige d'un site public (README.md, « Réglages de déploiement ») : sans eux, la
# construction s'arrête et dit lesquels manquent. --build-arg HOST_NAME=… pour chacun.
ARG HOST_NAME HOST_ADDRESS HOST_PHONE PUBLICATION_DIRECTOR CONTACT_EMAIL CONTACT_URL ACCESSIBILITY_PLAN_URL LOG_RETENTION
ARG PUBLISHER_ADDRESS PUBLISHER_PHONE DPO_CONTACT ACCESSIBILITY_STATUS ACCESSIBILITY_AUDIT_DATE ACCESSIBILITY_RATE ACCESSIBILITY_STATEMENT_DATE
RUN test -n "$SITE_URL" || { echo "Indiquez l'adresse du site : --build-arg SITE_URL=https://…" >&2; exit 1; } \
    && npm run build && npm run pdf

# 2. Service : nginx de Debian, avec brotli, sans droits de super-utilisateur.
FROM debian:trixie-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-filter \
    && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default /usr/share/nginx/html/index.html /usr/share/nginx/html/index.nginx-debian.html
ARG BASE_URL=/
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/site.conf deploy/nginx/compression-brotli.conf /etc/nginx/communs-numeriques/
COPY --from=build /site/build /srv/communs-numeriques
# Le site est servi sous BASE_URL ; les fichiers _nginx-*.conf de la construction sont inclus.
RUN mkdir -p "$(dirname "/usr/share/nginx/html${BASE_URL%/}")" \
    && if [ "$BASE_URL" = "/" ]; then rm -rf /usr/share/nginx/html && ln -s /srv/communs-numeriques /usr/share/nginx/html; \
       else ln -s /srv/communs-numeriques "/usr/share/nginx/html${BASE_URL%/}"; fi \
    && sed -i 's#include /usr/share/nginx/html/#include /srv/communs-numeriques/#' /etc/nginx/communs-numeriques/site.conf \
    && touch /tmp/communs-numeriques-nginx.pid && chown www-data /tmp/communs-numeriques-nginx.pid \
    && chown -R www-data /var/lib/nginx
USER www-data
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
