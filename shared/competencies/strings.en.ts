/**
 * English text for the framework's i18n keys, flat and keyed exactly as the keys in
 * ./framework.ts and ../activities/config.ts use them. The renderer merges this object into its
 * English resources (i18next accepts flat keys with `keySeparator: false`, or it can be expanded
 * with `expandKeys`). Wording is our own summary of the framework, not a quotation.
 */
export const competencyEnglish: Readonly<Record<string, string>> = {
  'competencies.domains.planningDesign': 'Digital planning and design',
  'competencies.domains.planningDesignDescription': 'Seeing problems as whole systems, spotting where digital tools can help, and designing inclusive projects.',
  'competencies.domains.dataGovernance': 'Data use and governance',
  'competencies.domains.dataGovernanceDescription': 'Knowing what data is worth and what it risks, and using it lawfully, ethically and well.',
  'competencies.domains.managementExecution': 'Digital management and execution',
  'competencies.domains.managementExecutionDescription': 'Running digital projects with modern methods, close to the people they serve.',

  'competencies.systemsThinking': 'Systems thinking',
  'competencies.systemsThinkingDescription': 'Sees how the parts of a public problem affect each other before choosing a fix.',
  'competencies.problemSolving': 'Problem identification and solutions',
  'competencies.problemSolvingDescription': 'Names the real problem first, then weighs digital and non-digital ways to solve it.',
  'competencies.strategicForesight': 'Strategic foresight',
  'competencies.strategicForesightDescription': 'Looks ahead at how technology may change and prepares policy for several futures.',
  'competencies.agileStrategy': 'Agile strategy',
  'competencies.agileStrategyDescription': 'Sets direction that can change course as evidence comes in.',
  'competencies.digitalLiteracy': 'Digital literacy',
  'competencies.digitalLiteracyDescription': 'Uses everyday digital tools confidently and understands how they work.',
  'competencies.dataDrivenDecisions': 'Data-driven decision making',
  'competencies.dataDrivenDecisionsDescription': 'Grounds choices in data and knows the limits of what the data shows.',
  'competencies.openGovernment': 'Open data and open government',
  'competencies.openGovernmentDescription': 'Publishes data and decisions so that citizens can see, reuse and take part.',
  'competencies.privacySecurity': 'Privacy and security',
  'competencies.privacySecurityDescription': 'Protects personal data and public systems from misuse and attack.',
  'competencies.legalEthicalFrameworks': 'Legal, regulatory and ethical frameworks',
  'competencies.legalEthicalFrameworksDescription': 'Applies the law and ethical principles to new technology, and shapes rules where they are missing.',
  'competencies.aiFundamentals': 'AI fundamentals',
  'competencies.aiFundamentalsDescription': 'Understands what AI can and cannot do, and where it needs human oversight.',
  'competencies.peopleCentricity': 'People-centricity',
  'competencies.peopleCentricityDescription': 'Designs services around the needs of the people who use them.',
  'competencies.iteration': 'Iteration',
  'competencies.iterationDescription': 'Tries small, learns from feedback, and improves step by step.',
  'competencies.agileExecution': 'Agile execution',
  'competencies.agileExecutionDescription': 'Delivers in short cycles with teams that work across silos.',
  'competencies.digitalLeadership': 'Digital leadership',
  'competencies.digitalLeadershipDescription': 'Champions change, backs experiments, and brings others along.',

  'competencies.attitudes.trust': 'Trust',
  'competencies.attitudes.adaptability': 'Adaptability',
  'competencies.attitudes.curiosity': 'Curiosity',
  'competencies.attitudes.creativity': 'Creativity',
  'competencies.attitudes.experimentation': 'Experimentation',

  'competencies.barriers.culturalOrganisational': 'Cultural and organisational',
  'competencies.barriers.dataInfrastructure': 'Data and infrastructure',
  'competencies.barriers.humanResourceCapacity': 'Human resource capacity',

  'competencies.roamx.rights': 'Human rights',
  'competencies.roamx.openness': 'Openness',
  'competencies.roamx.access': 'Access for all',
  'competencies.roamx.multistakeholder': 'Multistakeholder participation',
  'competencies.roamx.crossCutting': 'Cross-cutting issues such as gender and sustainability',

  'competencies.scale.1': 'New to me',
  'competencies.scale.2': 'Basic',
  'competencies.scale.3': 'Working knowledge',
  'competencies.scale.4': 'Confident',
  'competencies.scale.5': 'Could teach others',
};
