import {Text} from 'ink';

// The focused button is bracketed as well as inverted, so it reads without colour too.
export function Button({
  label,
  focused,
  disabled = false,
}: {
  label: string;
  focused: boolean;
  disabled?: boolean;
}) {
  return (
    <Text inverse={focused} bold={focused} dimColor={disabled && !focused}>
      {focused ? `[ ${label} ]` : `  ${label}  `}
    </Text>
  );
}
