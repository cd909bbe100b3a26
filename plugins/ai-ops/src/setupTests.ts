import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Whole test apps render lazily; a loaded CI machine needs more than 1 s.
configure({ asyncUtilTimeout: 5000 });
// A test that fills a whole form in a whole app takes longer than 5 s there,
// and several times that on a machine busy with other suites.
jest.setTimeout(60_000);
