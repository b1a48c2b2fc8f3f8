-- One database per service (each owns its data) and one for Keycloak; all owned by the compose user "duban".
CREATE DATABASE tasks;
CREATE DATABASE progress;
CREATE DATABASE indicators;
CREATE DATABASE gateway;
CREATE DATABASE keycloak;
