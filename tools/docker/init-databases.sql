-- One database per service: no service reads another's tables.
CREATE DATABASE park_projects;
CREATE DATABASE park_land;
CREATE DATABASE park_safety;
CREATE DATABASE park_reporting;
CREATE DATABASE park_office;
