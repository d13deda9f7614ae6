-- Titre : Référentiel des régions et des villes
--
-- Référentiel de rattachement des villes françaises à leur région, selon la carte
-- régionale officielle en vigueur depuis le 1er janvier 2016 (loi du 16 janvier 2015),
-- noms et codes issus du Code officiel géographique de l’INSEE.
-- Contenu : les 13 régions métropolitaines, les 5 régions d’outre-mer et la région
-- technique Inconnue (villes impossibles à rattacher) ; pour les villes, toutes les
-- préfectures de département (96 en métropole + 5 en outre-mer = 101) et les communes
-- non préfectures les plus peuplées.
--
-- nom_normalise = décomposition Unicode NFD, suppression des diacritiques, minuscules,
-- puis conservation des seuls caractères a-z et 0-9 (même règle que le code Java).
-- Le commentaire en fin de ligne donne le département et signale les préfectures.

INSERT INTO regions (nom) VALUES
    ('Auvergne-Rhône-Alpes'),
    ('Bourgogne-Franche-Comté'),
    ('Bretagne'),
    ('Centre-Val de Loire'),
    ('Corse'),
    ('Grand Est'),
    ('Hauts-de-France'),
    ('Île-de-France'),
    ('Normandie'),
    ('Nouvelle-Aquitaine'),
    ('Occitanie'),
    ('Pays de la Loire'),
    ('Provence-Alpes-Côte d''Azur'),
    ('Guadeloupe'),
    ('Martinique'),
    ('Guyane'),
    ('La Réunion'),
    ('Mayotte'),
    ('Inconnue');

-- Auvergne-Rhône-Alpes : 12 préfecture(s), 13 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('annecy', 'Annecy', 'Auvergne-Rhône-Alpes'), -- 74, préfecture
    ('annemasse', 'Annemasse', 'Auvergne-Rhône-Alpes'), -- 74
    ('aurillac', 'Aurillac', 'Auvergne-Rhône-Alpes'), -- 15, préfecture
    ('bourgenbresse', 'Bourg-en-Bresse', 'Auvergne-Rhône-Alpes'), -- 01, préfecture
    ('bourgoinjallieu', 'Bourgoin-Jallieu', 'Auvergne-Rhône-Alpes'), -- 38
    ('caluireetcuire', 'Caluire-et-Cuire', 'Auvergne-Rhône-Alpes'), -- 69
    ('chambery', 'Chambéry', 'Auvergne-Rhône-Alpes'), -- 73, préfecture
    ('clermontferrand', 'Clermont-Ferrand', 'Auvergne-Rhône-Alpes'), -- 63, préfecture
    ('echirolles', 'Échirolles', 'Auvergne-Rhône-Alpes'), -- 38
    ('grenoble', 'Grenoble', 'Auvergne-Rhône-Alpes'), -- 38, préfecture
    ('lepuyenvelay', 'Le Puy-en-Velay', 'Auvergne-Rhône-Alpes'), -- 43, préfecture
    ('lyon', 'Lyon', 'Auvergne-Rhône-Alpes'), -- 69, préfecture
    ('montelimar', 'Montélimar', 'Auvergne-Rhône-Alpes'), -- 26
    ('montlucon', 'Montluçon', 'Auvergne-Rhône-Alpes'), -- 03
    ('moulins', 'Moulins', 'Auvergne-Rhône-Alpes'), -- 03, préfecture
    ('privas', 'Privas', 'Auvergne-Rhône-Alpes'), -- 07, préfecture
    ('roanne', 'Roanne', 'Auvergne-Rhône-Alpes'), -- 42
    ('saintetienne', 'Saint-Étienne', 'Auvergne-Rhône-Alpes'), -- 42, préfecture
    ('saintpriest', 'Saint-Priest', 'Auvergne-Rhône-Alpes'), -- 69
    ('valence', 'Valence', 'Auvergne-Rhône-Alpes'), -- 26, préfecture
    ('vaulxenvelin', 'Vaulx-en-Velin', 'Auvergne-Rhône-Alpes'), -- 69
    ('venissieux', 'Vénissieux', 'Auvergne-Rhône-Alpes'), -- 69
    ('vichy', 'Vichy', 'Auvergne-Rhône-Alpes'), -- 03
    ('villefranchesursaone', 'Villefranche-sur-Saône', 'Auvergne-Rhône-Alpes'), -- 69
    ('villeurbanne', 'Villeurbanne', 'Auvergne-Rhône-Alpes'); -- 69

-- Bourgogne-Franche-Comté : 8 préfecture(s), 2 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('auxerre', 'Auxerre', 'Bourgogne-Franche-Comté'), -- 89, préfecture
    ('belfort', 'Belfort', 'Bourgogne-Franche-Comté'), -- 90, préfecture
    ('besancon', 'Besançon', 'Bourgogne-Franche-Comté'), -- 25, préfecture
    ('chalonsursaone', 'Chalon-sur-Saône', 'Bourgogne-Franche-Comté'), -- 71
    ('dijon', 'Dijon', 'Bourgogne-Franche-Comté'), -- 21, préfecture
    ('lonslesaunier', 'Lons-le-Saunier', 'Bourgogne-Franche-Comté'), -- 39, préfecture
    ('macon', 'Mâcon', 'Bourgogne-Franche-Comté'), -- 71, préfecture
    ('montbeliard', 'Montbéliard', 'Bourgogne-Franche-Comté'), -- 25
    ('nevers', 'Nevers', 'Bourgogne-Franche-Comté'), -- 58, préfecture
    ('vesoul', 'Vesoul', 'Bourgogne-Franche-Comté'); -- 70, préfecture

-- Bretagne : 4 préfecture(s), 3 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('brest', 'Brest', 'Bretagne'), -- 29
    ('lorient', 'Lorient', 'Bretagne'), -- 56
    ('quimper', 'Quimper', 'Bretagne'), -- 29, préfecture
    ('rennes', 'Rennes', 'Bretagne'), -- 35, préfecture
    ('saintbrieuc', 'Saint-Brieuc', 'Bretagne'), -- 22, préfecture
    ('saintmalo', 'Saint-Malo', 'Bretagne'), -- 35
    ('vannes', 'Vannes', 'Bretagne'); -- 56, préfecture

-- Centre-Val de Loire : 6 préfecture(s), 0 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('blois', 'Blois', 'Centre-Val de Loire'), -- 41, préfecture
    ('bourges', 'Bourges', 'Centre-Val de Loire'), -- 18, préfecture
    ('chartres', 'Chartres', 'Centre-Val de Loire'), -- 28, préfecture
    ('chateauroux', 'Châteauroux', 'Centre-Val de Loire'), -- 36, préfecture
    ('orleans', 'Orléans', 'Centre-Val de Loire'), -- 45, préfecture
    ('tours', 'Tours', 'Centre-Val de Loire'); -- 37, préfecture

-- Corse : 2 préfecture(s), 0 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('ajaccio', 'Ajaccio', 'Corse'), -- 2A, préfecture
    ('bastia', 'Bastia', 'Corse'); -- 2B, préfecture

-- Grand Est : 10 préfecture(s), 4 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('barleduc', 'Bar-le-Duc', 'Grand Est'), -- 55, préfecture
    ('chalonsenchampagne', 'Châlons-en-Champagne', 'Grand Est'), -- 51, préfecture
    ('charlevillemezieres', 'Charleville-Mézières', 'Grand Est'), -- 08, préfecture
    ('chaumont', 'Chaumont', 'Grand Est'), -- 52, préfecture
    ('colmar', 'Colmar', 'Grand Est'), -- 68, préfecture
    ('epinal', 'Épinal', 'Grand Est'), -- 88, préfecture
    ('haguenau', 'Haguenau', 'Grand Est'), -- 67
    ('metz', 'Metz', 'Grand Est'), -- 57, préfecture
    ('mulhouse', 'Mulhouse', 'Grand Est'), -- 68
    ('nancy', 'Nancy', 'Grand Est'), -- 54, préfecture
    ('reims', 'Reims', 'Grand Est'), -- 51
    ('strasbourg', 'Strasbourg', 'Grand Est'), -- 67, préfecture
    ('thionville', 'Thionville', 'Grand Est'), -- 57
    ('troyes', 'Troyes', 'Grand Est'); -- 10, préfecture

-- Hauts-de-France : 5 préfecture(s), 11 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('amiens', 'Amiens', 'Hauts-de-France'), -- 80, préfecture
    ('arras', 'Arras', 'Hauts-de-France'), -- 62, préfecture
    ('beauvais', 'Beauvais', 'Hauts-de-France'), -- 60, préfecture
    ('boulognesurmer', 'Boulogne-sur-Mer', 'Hauts-de-France'), -- 62
    ('calais', 'Calais', 'Hauts-de-France'), -- 62
    ('compiegne', 'Compiègne', 'Hauts-de-France'), -- 60
    ('douai', 'Douai', 'Hauts-de-France'), -- 59
    ('dunkerque', 'Dunkerque', 'Hauts-de-France'), -- 59
    ('laon', 'Laon', 'Hauts-de-France'), -- 02, préfecture
    ('lille', 'Lille', 'Hauts-de-France'), -- 59, préfecture
    ('roubaix', 'Roubaix', 'Hauts-de-France'), -- 59
    ('saintquentin', 'Saint-Quentin', 'Hauts-de-France'), -- 02
    ('tourcoing', 'Tourcoing', 'Hauts-de-France'), -- 59
    ('valenciennes', 'Valenciennes', 'Hauts-de-France'), -- 59
    ('villeneuvedascq', 'Villeneuve-d''Ascq', 'Hauts-de-France'), -- 59
    ('wattrelos', 'Wattrelos', 'Hauts-de-France'); -- 59

-- Île-de-France : 8 préfecture(s), 40 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('antony', 'Antony', 'Île-de-France'), -- 92
    ('argenteuil', 'Argenteuil', 'Île-de-France'), -- 95
    ('asnieressurseine', 'Asnières-sur-Seine', 'Île-de-France'), -- 92
    ('aubervilliers', 'Aubervilliers', 'Île-de-France'), -- 93
    ('aulnaysousbois', 'Aulnay-sous-Bois', 'Île-de-France'), -- 93
    ('bobigny', 'Bobigny', 'Île-de-France'), -- 93, préfecture
    ('bondy', 'Bondy', 'Île-de-France'), -- 93
    ('boulognebillancourt', 'Boulogne-Billancourt', 'Île-de-France'), -- 92
    ('cergy', 'Cergy', 'Île-de-France'), -- 95, préfecture
    ('champignysurmarne', 'Champigny-sur-Marne', 'Île-de-France'), -- 94
    ('chelles', 'Chelles', 'Île-de-France'), -- 77
    ('clamart', 'Clamart', 'Île-de-France'), -- 92
    ('clichy', 'Clichy', 'Île-de-France'), -- 92
    ('colombes', 'Colombes', 'Île-de-France'), -- 92
    ('corbeilessonnes', 'Corbeil-Essonnes', 'Île-de-France'), -- 91
    ('courbevoie', 'Courbevoie', 'Île-de-France'), -- 92
    ('creteil', 'Créteil', 'Île-de-France'), -- 94, préfecture
    ('drancy', 'Drancy', 'Île-de-France'), -- 93
    ('epinaysurseine', 'Épinay-sur-Seine', 'Île-de-France'), -- 93
    ('evrycourcouronnes', 'Évry-Courcouronnes', 'Île-de-France'), -- 91, préfecture
    ('fontenaysousbois', 'Fontenay-sous-Bois', 'Île-de-France'), -- 94
    ('issylesmoulineaux', 'Issy-les-Moulineaux', 'Île-de-France'), -- 92
    ('ivrysurseine', 'Ivry-sur-Seine', 'Île-de-France'), -- 94
    ('leblancmesnil', 'Le Blanc-Mesnil', 'Île-de-France'), -- 93
    ('levalloisperret', 'Levallois-Perret', 'Île-de-France'), -- 92
    ('lhaylesroses', 'L''Haÿ-les-Roses', 'Île-de-France'), -- 94
    ('maisonsalfort', 'Maisons-Alfort', 'Île-de-France'), -- 94
    ('manteslajolie', 'Mantes-la-Jolie', 'Île-de-France'), -- 78
    ('massy', 'Massy', 'Île-de-France'), -- 91
    ('meaux', 'Meaux', 'Île-de-France'), -- 77
    ('melun', 'Melun', 'Île-de-France'), -- 77, préfecture
    ('montreuil', 'Montreuil', 'Île-de-France'), -- 93
    ('nanterre', 'Nanterre', 'Île-de-France'), -- 92, préfecture
    ('neuillysurseine', 'Neuilly-sur-Seine', 'Île-de-France'), -- 92
    ('noisylegrand', 'Noisy-le-Grand', 'Île-de-France'), -- 93
    ('pantin', 'Pantin', 'Île-de-France'), -- 93
    ('paris', 'Paris', 'Île-de-France'), -- 75, préfecture
    ('rueilmalmaison', 'Rueil-Malmaison', 'Île-de-France'), -- 92
    ('saintgermainenlaye', 'Saint-Germain-en-Laye', 'Île-de-France'), -- 78
    ('saintmaurdesfosses', 'Saint-Maur-des-Fossés', 'Île-de-France'), -- 94
    ('saintouensurseine', 'Saint-Ouen-sur-Seine', 'Île-de-France'), -- 93
    ('sarcelles', 'Sarcelles', 'Île-de-France'), -- 95
    ('sartrouville', 'Sartrouville', 'Île-de-France'), -- 78
    ('sevran', 'Sevran', 'Île-de-France'), -- 93
    ('versailles', 'Versailles', 'Île-de-France'), -- 78, préfecture
    ('villejuif', 'Villejuif', 'Île-de-France'), -- 94
    ('vincennes', 'Vincennes', 'Île-de-France'), -- 94
    ('vitrysurseine', 'Vitry-sur-Seine', 'Île-de-France'); -- 94

-- Normandie : 5 préfecture(s), 2 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('alencon', 'Alençon', 'Normandie'), -- 61, préfecture
    ('caen', 'Caen', 'Normandie'), -- 14, préfecture
    ('cherbourgencotentin', 'Cherbourg-en-Cotentin', 'Normandie'), -- 50
    ('evreux', 'Évreux', 'Normandie'), -- 27, préfecture
    ('lehavre', 'Le Havre', 'Normandie'), -- 76
    ('rouen', 'Rouen', 'Normandie'), -- 76, préfecture
    ('saintlo', 'Saint-Lô', 'Normandie'); -- 50, préfecture

-- Nouvelle-Aquitaine : 12 préfecture(s), 6 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('agen', 'Agen', 'Nouvelle-Aquitaine'), -- 47, préfecture
    ('anglet', 'Anglet', 'Nouvelle-Aquitaine'), -- 64
    ('angouleme', 'Angoulême', 'Nouvelle-Aquitaine'), -- 16, préfecture
    ('bayonne', 'Bayonne', 'Nouvelle-Aquitaine'), -- 64
    ('biarritz', 'Biarritz', 'Nouvelle-Aquitaine'), -- 64
    ('bordeaux', 'Bordeaux', 'Nouvelle-Aquitaine'), -- 33, préfecture
    ('brivelagaillarde', 'Brive-la-Gaillarde', 'Nouvelle-Aquitaine'), -- 19
    ('gueret', 'Guéret', 'Nouvelle-Aquitaine'), -- 23, préfecture
    ('larochelle', 'La Rochelle', 'Nouvelle-Aquitaine'), -- 17, préfecture
    ('limoges', 'Limoges', 'Nouvelle-Aquitaine'), -- 87, préfecture
    ('merignac', 'Mérignac', 'Nouvelle-Aquitaine'), -- 33
    ('montdemarsan', 'Mont-de-Marsan', 'Nouvelle-Aquitaine'), -- 40, préfecture
    ('niort', 'Niort', 'Nouvelle-Aquitaine'), -- 79, préfecture
    ('pau', 'Pau', 'Nouvelle-Aquitaine'), -- 64, préfecture
    ('perigueux', 'Périgueux', 'Nouvelle-Aquitaine'), -- 24, préfecture
    ('pessac', 'Pessac', 'Nouvelle-Aquitaine'), -- 33
    ('poitiers', 'Poitiers', 'Nouvelle-Aquitaine'), -- 86, préfecture
    ('tulle', 'Tulle', 'Nouvelle-Aquitaine'); -- 19, préfecture

-- Occitanie : 13 préfecture(s), 4 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('albi', 'Albi', 'Occitanie'), -- 81, préfecture
    ('ales', 'Alès', 'Occitanie'), -- 30
    ('auch', 'Auch', 'Occitanie'), -- 32, préfecture
    ('beziers', 'Béziers', 'Occitanie'), -- 34
    ('cahors', 'Cahors', 'Occitanie'), -- 46, préfecture
    ('carcassonne', 'Carcassonne', 'Occitanie'), -- 11, préfecture
    ('foix', 'Foix', 'Occitanie'), -- 09, préfecture
    ('mende', 'Mende', 'Occitanie'), -- 48, préfecture
    ('montauban', 'Montauban', 'Occitanie'), -- 82, préfecture
    ('montpellier', 'Montpellier', 'Occitanie'), -- 34, préfecture
    ('narbonne', 'Narbonne', 'Occitanie'), -- 11
    ('nimes', 'Nîmes', 'Occitanie'), -- 30, préfecture
    ('perpignan', 'Perpignan', 'Occitanie'), -- 66, préfecture
    ('rodez', 'Rodez', 'Occitanie'), -- 12, préfecture
    ('sete', 'Sète', 'Occitanie'), -- 34
    ('tarbes', 'Tarbes', 'Occitanie'), -- 65, préfecture
    ('toulouse', 'Toulouse', 'Occitanie'); -- 31, préfecture

-- Pays de la Loire : 5 préfecture(s), 4 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('angers', 'Angers', 'Pays de la Loire'), -- 49, préfecture
    ('cholet', 'Cholet', 'Pays de la Loire'), -- 49
    ('larochesuryon', 'La Roche-sur-Yon', 'Pays de la Loire'), -- 85, préfecture
    ('laval', 'Laval', 'Pays de la Loire'), -- 53, préfecture
    ('lemans', 'Le Mans', 'Pays de la Loire'), -- 72, préfecture
    ('nantes', 'Nantes', 'Pays de la Loire'), -- 44, préfecture
    ('reze', 'Rezé', 'Pays de la Loire'), -- 44
    ('saintherblain', 'Saint-Herblain', 'Pays de la Loire'), -- 44
    ('saintnazaire', 'Saint-Nazaire', 'Pays de la Loire'); -- 44

-- Provence-Alpes-Côte d’Azur : 6 préfecture(s), 15 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('aixenprovence', 'Aix-en-Provence', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('antibes', 'Antibes', 'Provence-Alpes-Côte d''Azur'), -- 06
    ('arles', 'Arles', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('aubagne', 'Aubagne', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('avignon', 'Avignon', 'Provence-Alpes-Côte d''Azur'), -- 84, préfecture
    ('cagnessurmer', 'Cagnes-sur-Mer', 'Provence-Alpes-Côte d''Azur'), -- 06
    ('cannes', 'Cannes', 'Provence-Alpes-Côte d''Azur'), -- 06
    ('dignelesbains', 'Digne-les-Bains', 'Provence-Alpes-Côte d''Azur'), -- 04, préfecture
    ('frejus', 'Fréjus', 'Provence-Alpes-Côte d''Azur'), -- 83
    ('gap', 'Gap', 'Provence-Alpes-Côte d''Azur'), -- 05, préfecture
    ('grasse', 'Grasse', 'Provence-Alpes-Côte d''Azur'), -- 06
    ('hyeres', 'Hyères', 'Provence-Alpes-Côte d''Azur'), -- 83
    ('istres', 'Istres', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('laseynesurmer', 'La Seyne-sur-Mer', 'Provence-Alpes-Côte d''Azur'), -- 83
    ('lecannet', 'Le Cannet', 'Provence-Alpes-Côte d''Azur'), -- 06
    ('marseille', 'Marseille', 'Provence-Alpes-Côte d''Azur'), -- 13, préfecture
    ('martigues', 'Martigues', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('nice', 'Nice', 'Provence-Alpes-Côte d''Azur'), -- 06, préfecture
    ('saintraphael', 'Saint-Raphaël', 'Provence-Alpes-Côte d''Azur'), -- 83
    ('salondeprovence', 'Salon-de-Provence', 'Provence-Alpes-Côte d''Azur'), -- 13
    ('toulon', 'Toulon', 'Provence-Alpes-Côte d''Azur'); -- 83, préfecture

-- Guadeloupe : 1 préfecture(s), 2 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('baiemahault', 'Baie-Mahault', 'Guadeloupe'), -- 971
    ('basseterre', 'Basse-Terre', 'Guadeloupe'), -- 971, préfecture
    ('lesabymes', 'Les Abymes', 'Guadeloupe'); -- 971

-- Martinique : 1 préfecture(s), 1 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('fortdefrance', 'Fort-de-France', 'Martinique'), -- 972, préfecture
    ('lelamentin', 'Le Lamentin', 'Martinique'); -- 972

-- Guyane : 1 préfecture(s), 2 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('cayenne', 'Cayenne', 'Guyane'), -- 973, préfecture
    ('matoury', 'Matoury', 'Guyane'), -- 973
    ('saintlaurentdumaroni', 'Saint-Laurent-du-Maroni', 'Guyane'); -- 973

-- La Réunion : 1 préfecture(s), 3 autre(s) commune(s)
-- Saint-Denis : une seule ligne par nom normalisé. On retient la préfecture de
-- La Réunion (974) ; Saint-Denis (93, Seine-Saint-Denis) n’est donc pas rattachée
-- à l’Île-de-France par ce référentiel.
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('letampon', 'Le Tampon', 'La Réunion'), -- 974
    ('saintdenis', 'Saint-Denis', 'La Réunion'), -- 974, préfecture
    ('saintpaul', 'Saint-Paul', 'La Réunion'), -- 974
    ('saintpierre', 'Saint-Pierre', 'La Réunion'); -- 974

-- Mayotte : 1 préfecture(s), 0 autre(s) commune(s)
INSERT INTO villes (nom_normalise, nom, region) VALUES
    ('mamoudzou', 'Mamoudzou', 'Mayotte'); -- 976, préfecture
