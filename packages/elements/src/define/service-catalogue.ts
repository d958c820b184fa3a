// Registers <diwan-service-catalogue>. Safe to import twice (defineElement never redefines a tag).
import { defineElement } from '../shared/diwan-element.js';
import { DiwanServiceCatalogue } from '../service-catalogue/service-catalogue.js';

defineElement('diwan-service-catalogue', DiwanServiceCatalogue);

export { DiwanServiceCatalogue };
