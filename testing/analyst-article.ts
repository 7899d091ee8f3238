/*
 * The analyst tests' own small article (words of these tests, not of any corpus): two ministers,
 * three states, an accusation and a denial. The API integration tests and the e2e specs load it
 * and take it out again.
 */
export const ANALYST_TEST_ARTICLE = `Title: Norway and Chile reopen talks on fishing rights
Source: Harbour Ledger
Date: 2025-02-11

Norwegian Foreign Minister Ingrid Solvang met Chilean Foreign Minister Mateo Ferrada in Oslo on Tuesday to discuss cooperation on fisheries.
Solvang said the two countries would sign a fisheries agreement next month.
Chile accused Argentina of violating fishing quotas in the southern waters, an accusation that Argentina denied.
Ingrid Solvang-Berg later told reporters that Norway supported the talks.
`;
