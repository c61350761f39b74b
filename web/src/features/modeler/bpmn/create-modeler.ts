import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import Modeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import zeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import tokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { type BatonDirectory, batonPropertiesModule } from './baton-properties-provider';
import { lintConfig } from './lint-config';

/**
 * bpmn-js with the Zeebe properties panel, Zeebe behaviours, live bpmnlint, Baton's own properties group and Camunda
 * element templates (the workspace's connector templates, loaded by ConnectorTemplateChooser), and token simulation
 * (bpmn-js-token-simulation; the toolbar toggles it through the `toggleMode` service).
 */
export function createModeler(canvas: HTMLElement, panel: HTMLElement, directory: BatonDirectory): Modeler {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    linting: { bpmnlint: lintConfig, active: true },
    batonDirectory: directory,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      zeebeBehaviorsModule,
      lintModule,
      batonPropertiesModule,
      tokenSimulationModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle },
  });
}
