import { Flex, Text } from '@backstage/ui';
import { codeStyle } from '../shared/JsonPreview';
import { ParsedPolicy } from './parsePolicyText';

/**
 * The JSON editor: a monospace textarea, and under it the live problems of
 * the document listed by JSON path (`Statement[0].Effect: ...`).
 */
export function PolicyDocumentEditor(props: {
  text: string;
  parsed: ParsedPolicy;
  onChange(text: string): void;
}) {
  const problems = props.parsed.ok ? [] : props.parsed.problems;
  return (
    <Flex direction="column" gap="2">
      <label htmlFor="policy-document-editor">
        <Text variant="body-small" weight="bold">
          Policy document
        </Text>
      </label>
      <textarea
        id="policy-document-editor"
        aria-invalid={!props.parsed.ok}
        aria-describedby="policy-document-problems"
        spellCheck={false}
        rows={16}
        value={props.text}
        onChange={event => props.onChange(event.target.value)}
        style={{ ...codeStyle, width: '100%', resize: 'vertical' }}
      />
      <div id="policy-document-problems" aria-live="polite">
        {problems.length === 0 ? (
          <Text variant="body-small" color="success">
            Valid policy document
          </Text>
        ) : (
          <ul aria-label="Problems" style={{ margin: 0, paddingLeft: 18 }}>
            {problems.map(problem => (
              <li key={`${problem.path}:${problem.message}`}>
                <Text variant="body-small" color="danger">
                  <code>{problem.path || '(document)'}</code>: {problem.message}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Flex>
  );
}
