// English explanations of a warranty decision, in a service engineer's plain, friendly voice.
import type { ReasonWording, Statement } from './reasonWording';

const POLICY = 'the NetPosa service policy';

function quoted(texts: string[]): string {
  const quotes = texts.map((text) => `“${text}”`);
  return quotes.length <= 1 ? quotes.join('') : `${quotes.slice(0, -1).join(', ')} and ${quotes[quotes.length - 1]}`;
}

function product(model: string | undefined): string {
  return model ? `your ${model}` : 'your product';
}

function capitalized(sentence: string): string {
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}

function askedPhrase(question: string | undefined): string {
  return question ? `when we asked “${question}”` : 'when we asked about it';
}

function affirmingPhrase(statement: Statement): string {
  switch (statement.kind) {
    case 'words':
      return `You mentioned ${quoted(statement.texts)}`;
    case 'quotedAbove':
      return 'You mentioned it above';
    case 'answer':
      return `${capitalized(askedPhrase(statement.question))} you answered yes`;
  }
}

function denyingPhrase(statement: Statement): string {
  switch (statement.kind) {
    case 'words':
      return `you also said ${quoted(statement.texts)}`;
    case 'quotedAbove':
      return 'you also said otherwise above';
    case 'answer':
      return `${askedPhrase(statement.question)} you answered no`;
  }
}

export const ENGLISH_REASONS: ReasonWording = {
  underWarranty: (model, endDate) => `${capitalized(product(model))} is under warranty until ${endDate}.`,
  warrantyPeriodRuns: (model, endDate) =>
    `The warranty period of ${product(model)} runs until ${endDate}; it covers faults of the product itself, not every kind of damage.`,
  warrantyEnded: (model, endDate, citation) =>
    `The warranty on ${product(model)} ended on ${endDate}. Under clause ${citation.number} of ${POLICY}, ${citation.ruling}, so this repair would be charged.`,
  serialNotFound: () =>
    "We couldn't find this serial in our sales records, so an engineer will confirm the warranty from your invoice.",
  serialMissing: () =>
    "Without a serial number we can't look up the sales record, so an engineer will confirm the warranty from your invoice.",
  estimatedWarranty: (endDate, stillRunning) =>
    stillRunning
      ? `Going by the purchase date you gave, the warranty would run until ${endDate}.`
      : `Going by the purchase date you gave, the warranty would have ended on ${endDate}.`,
  soldOutsideChannels: (seller, contractId, citation) =>
    `Our sales records show this product was sold by ${seller} (contract ${contractId}), which isn't one of NetPosa's authorised channels. Under clause ${citation.number} of ${POLICY}, ${citation.ruling}, so this repair would be charged.`,
  customerMentioned: (statement, citation) =>
    statement.kind === 'quotedAbove'
      ? `That also comes under clause ${citation.number} of ${POLICY}: ${citation.ruling}.`
      : `${affirmingPhrase(statement)}. Under clause ${citation.number} of ${POLICY}, ${citation.ruling}, so this repair would be charged.`,
  statementsDisagree: (affirming, denying, clauseNumber) =>
    `${affirmingPhrase(affirming)}, but ${denyingPhrase(denying)}. So that nothing is decided on a misunderstanding, an engineer will examine the product to see whether clause ${clauseNumber} of ${POLICY} applies.`,
  outcome: (assessment) => {
    switch (assessment) {
      case 'free':
        return 'So far this looks like a free repair under warranty; the engineer will confirm it when they check the fault.';
      case 'charged':
        return 'An engineer will confirm this when the product arrives and send you a quote first; no paid work starts without your agreement.';
      case 'review':
        return 'Nothing is decided yet: an engineer will check the product and tell you whether the repair is free before any work starts.';
    }
  },
};
